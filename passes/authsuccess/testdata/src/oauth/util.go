package oauth

import (
	"time"

	"github.com/pquerna/otp/totp"
)

var totpOpts = totp.ValidateOpts{Period: 30}

func now() time.Time { return time.Now() }
