module sessionlint.test/tiny

go 1.25.0
