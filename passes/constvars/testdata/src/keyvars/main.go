// Command app assigns one variable of keys.
package main

import "keyvars/keys"

func main() {
	keys.Chosen = "other"
}
