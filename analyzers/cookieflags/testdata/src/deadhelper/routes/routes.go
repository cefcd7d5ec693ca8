// Package routes is tested with web's test session.
package routes
