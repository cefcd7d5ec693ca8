package valueflow

import (
	"regexp"
	"sync"

	"github.com/sessionlint/sessionlint/internal/model"
)

// tables indexes the provenance model for lookups by name.
type tables struct {
	calls       map[model.Func]*model.SourceCall
	cookies     map[model.Func]*model.CookieReader
	fields      map[model.Field]model.Source
	vars        map[[2]string]model.Source
	pure        map[string]bool
	sessionName *regexp.Regexp
}

var (
	tablesOnce sync.Once
	tbl        tables
)

// extraCookieReaders read every request cookie at once; their values are
// cookies whose names are not known. They are not in model.CookieReaders,
// which lists the readers of one named cookie.
var extraCookieReaders = []model.CookieReader{
	{Func: model.Func{Pkg: "net/http", Recv: "Request", Name: "Cookies"}, Result: 0, Name: -1},
	{Func: model.Func{Pkg: "net/http", Recv: "Request", Name: "CookiesNamed"}, Result: 0, Name: 0},
}

func theTables() *tables {
	tablesOnce.Do(func() {
		tbl = tables{
			calls:       map[model.Func]*model.SourceCall{},
			cookies:     map[model.Func]*model.CookieReader{},
			fields:      map[model.Field]model.Source{},
			vars:        map[[2]string]model.Source{},
			pure:        map[string]bool{},
			sessionName: regexp.MustCompile(model.SessionCookieNames),
		}
		for _, list := range [][]model.SourceCall{model.RequestInputs, model.SessionIDs, model.RandomSources} {
			for i := range list {
				tbl.calls[list[i].Func] = &list[i]
			}
		}
		for _, list := range [][]model.CookieReader{model.CookieReaders, extraCookieReaders} {
			for i := range list {
				tbl.cookies[list[i].Func] = &list[i]
			}
		}
		for _, list := range [][]model.SourceField{model.RequestFields, model.SessionIDFields} {
			for _, f := range list {
				tbl.fields[f.Field] = f.Source
			}
		}
		for _, v := range model.SourceVars {
			tbl.vars[[2]string{v.Pkg, v.Name}] = v.Source
		}
		for _, p := range model.PurePackages {
			tbl.pure[p] = true
		}
	})
	return &tbl
}

// SessionNames is the compiled model.SessionCookieNames.
func SessionNames() *regexp.Regexp { return theTables().sessionName }
