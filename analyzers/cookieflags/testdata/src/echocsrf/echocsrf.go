// Package echocsrf configures echo's CSRF middleware, whose token cookie
// script may read (double submit): Secure and SameSite are asked for,
// HttpOnly is not.
package echocsrf

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func routes(e *echo.Echo) {
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{ // want `CSRF cookie of middleware.CSRFWithConfig is sent without Secure`
		TokenLookup:    "form:_csrf",
		CookiePath:     "/",
		CookieHTTPOnly: true,
		CookieSameSite: http.SameSiteStrictMode,
	}))
}

func defaults(e *echo.Echo) {
	e.Use(middleware.CSRF()) // want `CSRF cookie of middleware.CSRF is sent without Secure and SameSite`
}

func hardened(e *echo.Echo) {
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{
		CookiePath:     "/",
		CookieSecure:   true,
		CookieSameSite: http.SameSiteLaxMode,
	}))
}
