// Package hotp is a stub of github.com/pquerna/otp/hotp (v1.5.0).
package hotp

import "time"

type ValidateOpts struct{ Period uint }

var _ = time.Now

func Validate(passcode string, counter uint64, secret string) bool { return false }

func ValidateCustom(passcode string, counter uint64, secret string, opts ValidateOpts) (bool, error) {
	return false, nil
}
