// Package totp is a stub of github.com/pquerna/otp/totp (v1.5.0).
package totp

import "time"

type ValidateOpts struct{ Period uint }

var _ = time.Now

func Validate(passcode string, secret string) bool { return false }

func ValidateCustom(passcode string, secret string, t time.Time, opts ValidateOpts) (bool, error) {
	return false, nil
}
