package a

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"
)

func routerParams(r *http.Request) {
	sink(mux.Vars(r)["provider"]) // want `origins: path:provider@mux.Vars`
	sink(chi.URLParam(r, "id"))   // want `origins: path:id@chi.URLParam`
}
