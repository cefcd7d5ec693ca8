package oldfiber

import "github.com/gofiber/fiber/v2/middleware/session"

var store = session.New() // want `fiber's session middleware before v2.52.5 keeps an unknown session ID sent by the client \(CVE-2024-38513\), and this module selects github.com/gofiber/fiber/v2 v2.52.4; upgrade github.com/gofiber/fiber/v2 to v2.52.5 or later`

var configured = session.New(session.Config{CookieHTTPOnly: true}) // want `fiber's session middleware before v2.52.5`
