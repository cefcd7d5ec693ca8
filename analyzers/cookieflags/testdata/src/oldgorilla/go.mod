module oldgorilla

go 1.25

require github.com/gorilla/sessions v1.2.2
