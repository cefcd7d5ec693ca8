// Package urls builds the application's URLs for other packages.
package urls

import "net/http"

// Welcome returns the page to land on after login.
func Welcome(sid string) string {
	return "/welcome?sid=" + sid
}

// Home redirects to the home page.
func Home(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
