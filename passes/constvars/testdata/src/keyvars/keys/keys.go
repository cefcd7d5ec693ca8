// Package keys keeps names in variables.
package keys

import "flag"

var (
	Session        = "sid"  // want Session:`constant "sid"`
	User    string = "user" // want User:`constant "user"`
	// Flagged is set by a command-line flag.
	Flagged = "f"
	// Bumped is changed by init.
	Bumped = "b"
	// Chosen is assigned by main.
	Chosen = "c"
	// Count is no string.
	Count   = 3
	private = "p"
)

type Label string

var Typed Label = "typed" // want Typed:`constant "typed"`

func init() {
	flag.StringVar(&Flagged, "key", Flagged, "")
	Bumped += "2"
	_ = private
}
