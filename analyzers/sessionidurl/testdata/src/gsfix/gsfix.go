package gsfix

import (
	"github.com/go-session/session/v3"
)

var manager = session.NewManager(session.SetCookieName("sid")) // want `go-session accepts the session ID from the URL query unless told otherwise`

func setup() {
	session.InitManager() // want `go-session accepts the session ID from the URL query unless told otherwise; pass session.SetEnableSIDInURLQuery\(false\) to session.InitManager`
}
