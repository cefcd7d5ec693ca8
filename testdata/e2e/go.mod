module sessionlint.test/e2e

go 1.25.0
