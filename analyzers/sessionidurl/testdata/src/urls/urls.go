// Package urls builds URLs for other packages.
package urls

// Welcome returns the page to land on after login.
func Welcome(sid string) string {
	return "/welcome?sid=" + sid
}
