package frameworks

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
	"github.com/labstack/echo/v4"
	"github.com/valyala/fasthttp"
)

func ginPositional(c *gin.Context) {
	c.SetCookie("sid", "v", 3600, "", "", false, true) // want `positional gin; browser gin.Context.SetCookie \[Name=const:"sid" Value=const:"v" Path=default:"/" Domain=const:"" MaxAge=const:"3600" Secure=const:"false" HttpOnly=const:"true"\]`
}

func ginSameSite(c *gin.Context, secure bool) {
	c.SetSameSite(http.SameSiteStrictMode)
	c.SetCookie("sid", "v", 3600, "/", "", secure, true) // want `Secure=dynamic HttpOnly=const:"true" SameSite=const:"Strict"`
}

func ginSameSiteSometimes(c *gin.Context, b bool) {
	if b {
		c.SetSameSite(http.SameSiteStrictMode)
	}
	c.SetCookie("sid", "v", 3600, "/", "", true, true) // want `HttpOnly=const:"true"\]`
}

func ginData(c *gin.Context) {
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookieData(&http.Cookie{Name: "zero"})                                     // want `\[Name=const:"zero" Path=default:"/"\]`
	c.SetCookieData(&http.Cookie{Name: "dflt", SameSite: http.SameSiteDefaultMode}) // want `Path=default:"/" SameSite=const:"Lax"\]`
}

func echoCookie(c echo.Context) {
	c.SetCookie(&http.Cookie{Name: "e", Secure: true}) // want `literal net/http; browser echo.Context.SetCookie \[Name=const:"e" Secure=const:"true"\]`
}

func fiber2(c *fiber.Ctx) {
	c.Cookie(&fiber.Cookie{Name: "f"})                                         // want `literal fiber; browser fiber.Ctx.Cookie \[Name=const:"f" Path=default:"/" Secure=default:"false" HttpOnly=default:"false" SameSite=default:"Lax"\]`
	c.Cookie(&fiber.Cookie{Name: "n", SameSite: "NONE"})                       // want `Secure=default:"true" HttpOnly=default:"false" SameSite=const:"None"`
	c.Cookie(&fiber.Cookie{Name: "d", SameSite: fiber.CookieSameSiteDisabled}) // want `SameSite=const:""\]`
	c.Cookie(&fiber.Cookie{Name: "del", Expires: fasthttp.CookieExpireDelete}) // want `Expires=const:"past"`
}

func fiber3Cookie(c fiber3.Ctx) {
	c.Cookie(&fiber3.Cookie{Name: "p", Partitioned: true}) // want `Secure=default:"true"`
}
