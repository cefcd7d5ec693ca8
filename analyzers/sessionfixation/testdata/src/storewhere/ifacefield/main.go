// Command ifacefield runs the proxy.
package main

import "storewhere/ifacefield/proxy"

func main() { proxy.New(true).Run() }
