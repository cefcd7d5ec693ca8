module sessions

go 1.25

require github.com/gorilla/sessions v1.4.0
