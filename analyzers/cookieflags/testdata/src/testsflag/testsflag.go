// Package testsflag is analyzed with -cookieflags.tests.
package testsflag
