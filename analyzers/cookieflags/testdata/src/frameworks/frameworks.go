package frameworks

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
	"github.com/labstack/echo/v4"
)

func ginInsecure(c *gin.Context, sid string) {
	c.SetCookie("sid", sid, 3600, "/", "", false, false) // want `cookie "sid" is sent without HttpOnly, Secure and SameSite; pass true for secure and httpOnly and call SetSameSite\(http.SameSiteLaxMode\) before SetCookie`
}

func ginHardened(c *gin.Context, sid string) {
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("sid", sid, 3600, "/", "", true, true)
}

func ginSometimes(c *gin.Context, sid string, strict bool) {
	if strict {
		c.SetSameSite(http.SameSiteStrictMode)
	}
	c.SetCookie("sid", sid, 3600, "/", "", true, true) // want `cookie "sid" is sent without SameSite; call SetSameSite\(http.SameSiteLaxMode\) before SetCookie`
}

func ginDelete(c *gin.Context) {
	c.SetCookie("sid", "", -1, "/", "", false, false)
}

func ginConfigDriven(c *gin.Context, sid string, secure bool) {
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("sid", sid, 3600, "/", "", secure, true)
}

func ginDataTrap(c *gin.Context, sid string) {
	c.SetSameSite(http.SameSiteStrictMode)
	c.SetCookieData(&http.Cookie{Name: "sid", Value: sid, HttpOnly: true, Secure: true}) // want `cookie "sid" is sent without SameSite \(SetCookieData keeps a zero SameSite even after SetSameSite; only http.SameSiteDefaultMode takes the context's SameSite\); set SameSite: http.SameSiteLaxMode`
}

func ginDataDefaultMode(c *gin.Context, sid string) {
	c.SetSameSite(http.SameSiteStrictMode)
	c.SetCookieData(&http.Cookie{Name: "sid", Value: sid, HttpOnly: true, Secure: true, SameSite: http.SameSiteDefaultMode})
}

func echoInsecure(c echo.Context, sid string) error {
	c.SetCookie(&http.Cookie{Name: "sid", Value: sid, Secure: true}) // want `cookie "sid" is sent without HttpOnly and SameSite; set HttpOnly: true and SameSite: http.SameSiteLaxMode`
	return nil
}

func echoHardened(c echo.Context, sid string) error {
	c.SetCookie(&http.Cookie{Name: "sid", Value: sid, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	return nil
}

func fiberInsecure(c *fiber.Ctx, sid string) error {
	c.Cookie(&fiber.Cookie{Name: "sid", Value: sid}) // want `cookie "sid" is sent without HttpOnly and Secure; set HTTPOnly: true and Secure: true`
	return nil
}

func fiberHardened(c *fiber.Ctx, sid string) error {
	// SameSite "" is Lax in fiber.
	c.Cookie(&fiber.Cookie{Name: "sid", Value: sid, HTTPOnly: true, Secure: true})
	return nil
}

func fiberDisabled(c *fiber.Ctx, sid string) error {
	c.Cookie(&fiber.Cookie{Name: "sid", Value: sid, HTTPOnly: true, Secure: true, SameSite: "Disabled"}) // want `cookie "sid" is sent without SameSite; set SameSite: "Lax"`
	return nil
}

func fiberNone(c *fiber.Ctx, sid string) error {
	// fasthttp turns Secure on for SameSite=None.
	c.Cookie(&fiber.Cookie{Name: "embed", Value: sid, HTTPOnly: true, SameSite: "none"})
	return nil
}

func fiber3Insecure(c fiber3.Ctx, sid string) error {
	c.Cookie(&fiber3.Cookie{Name: "sid", Value: sid, Secure: true}) // want `cookie "sid" is sent without HttpOnly; set HTTPOnly: true`
	return nil
}

func fiber3Partitioned(c fiber3.Ctx, sid string) error {
	// Partitioned forces Secure in fiber v3.
	c.Cookie(&fiber3.Cookie{Name: "sid", Value: sid, HTTPOnly: true, Partitioned: true})
	return nil
}
