// Package keys names the session's keys in variables, as constants.
package keys

var (
	Member         = "member_id"
	Notice         = "notice"
	Visits  string = "visits"
	Account        = "account"
	// LoggedIn marks a signed-in session.
	LoggedIn = "logged_in"
	// Tenant is chosen by main at start-up.
	Tenant = "tenant"
)

func init() {
	Visits = Visits + "_v2"
}
