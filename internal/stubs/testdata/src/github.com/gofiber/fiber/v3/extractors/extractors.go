// Package extractors is a stub of github.com/gofiber/fiber/v3/extractors v3.1.0.
package extractors

import fiber "github.com/gofiber/fiber/v3"

type Extractor struct {
	Extract func(fiber.Ctx) (string, error)
	Key     string
}

func FromCookie(key string) Extractor         { return Extractor{Key: key} }
func FromQuery(param string) Extractor        { return Extractor{Key: param} }
func FromForm(param string) Extractor         { return Extractor{Key: param} }
func FromParam(param string) Extractor        { return Extractor{Key: param} }
func FromHeader(header string) Extractor      { return Extractor{Key: header} }
func Chain(extractors ...Extractor) Extractor { return Extractor{} }
