package plugin

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/token"
	"path/filepath"
	"slices"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/analyzers"
)

// Name is the plugin's name: the key under linters.settings.custom in
// .golangci.yml, the name to enable, and the linter every finding is
// attributed to.
const Name = "sessionlint"

func init() {
	register.Plugin(Name, New)
}

// Settings is the schema of linters.settings.custom.sessionlint.settings.
// Unknown keys are errors.
type Settings struct {
	// Enable lists analyzers that are off by default to run as well.
	Enable []string `json:"enable"`
	// Disable lists analyzers not to run.
	Disable []string `json:"disable"`
	// Flags sets analyzer options: analyzer name → flag name → value, the
	// same as -analyzer.flag=value on the command line. A value is a
	// string, number or boolean; a list of them is joined with commas.
	Flags map[string]map[string]json.RawMessage `json:"flags"`
}

// New is the plugin's constructor, called by golangci-lint with the raw
// settings. It fails on unknown keys, values of the wrong type, unknown
// analyzers and flags, and flag values the analyzer rejects; the error
// names the offending key.
func New(settings any) (register.LinterPlugin, error) {
	return build(settings, analyzers.All, func(a *analysis.Analyzer) bool { return analyzers.Registry.Meta(a.Name).Default })
}

// build is New over any list of analyzers, so that tests can use their own.
func build(raw any, all []*analysis.Analyzer, byDefault func(*analysis.Analyzer) bool) (*Plugin, error) {
	s, err := register.DecodeSettings[Settings](raw)
	if err != nil {
		return nil, fmt.Errorf("%s settings: %w", Name, err)
	}
	byName := make(map[string]*analysis.Analyzer, len(all))
	var names []string
	for _, a := range all {
		byName[a.Name] = a
		names = append(names, a.Name)
	}
	slices.Sort(names)
	lookup := func(key, name string) (*analysis.Analyzer, error) {
		if a, ok := byName[name]; ok {
			return a, nil
		}
		return nil, fmt.Errorf("%s settings: %s: unknown analyzer %q; the analyzers are %s", Name, key, name, strings.Join(names, ", "))
	}
	on := make(map[*analysis.Analyzer]bool)
	for _, a := range all {
		on[a] = byDefault(a)
	}
	for _, n := range s.Enable {
		a, err := lookup("enable", n)
		if err != nil {
			return nil, err
		}
		if slices.Contains(s.Disable, n) {
			return nil, fmt.Errorf("%s settings: analyzer %q is in both enable and disable", Name, n)
		}
		on[a] = true
	}
	for _, n := range s.Disable {
		a, err := lookup("disable", n)
		if err != nil {
			return nil, err
		}
		on[a] = false
	}
	for _, an := range sortedKeys(s.Flags) {
		a, err := lookup("flags", an)
		if err != nil {
			return nil, err
		}
		for _, fn := range sortedKeys(s.Flags[an]) {
			if err := setFlag(a, fn, s.Flags[an][fn]); err != nil {
				return nil, fmt.Errorf("%s settings: flags.%s.%s: %w", Name, an, fn, err)
			}
		}
	}
	p := &Plugin{}
	for _, a := range all {
		if on[a] {
			p.analyzers = append(p.analyzers, withRelatedInMessage(a))
		}
	}
	return p, nil
}

// withRelatedInMessage returns a copy of a whose diagnostics carry their
// related information in the message, one line each after the first
// ("\n\tapp.go:108:41: authentication succeeds here ..."), the file
// relative to the diagnostic's own directory: golangci-lint would make
// each related position an issue of its own, and one finding would show
// as three.
func withRelatedInMessage(a *analysis.Analyzer) *analysis.Analyzer {
	c := *a
	run := a.Run
	c.Run = func(pass *analysis.Pass) (any, error) {
		p := *pass
		p.Report = func(d analysis.Diagnostic) {
			d = InGoFile(pass.Fset, d)
			d.Message = FoldRelated(pass.Fset, d)
			d.Related = nil
			pass.Report(d)
		}
		return run(&p)
	}
	return &c
}

// NotInGoFile is the related message that InGoFile gives the position a
// finding had in a file that is not Go.
const NotInGoFile = "the finding is here; golangci-lint keeps only findings in Go files"

// InGoFile moves a finding in a file that is not Go (GoFrame's
// config.yaml), which golangci-lint would drop, to its first related
// position in a Go file; the original position becomes the first related
// information. Other findings are returned as they are.
func InGoFile(fset *token.FileSet, d analysis.Diagnostic) analysis.Diagnostic {
	if filepath.Ext(fset.Position(d.Pos).Filename) == ".go" {
		return d
	}
	for i, r := range d.Related {
		if filepath.Ext(fset.Position(r.Pos).Filename) != ".go" {
			continue
		}
		related := []analysis.RelatedInformation{{Pos: d.Pos, End: d.End, Message: NotInGoFile}}
		related = append(related, d.Related[:i]...)
		related = append(related, d.Related[i+1:]...)
		d.Pos, d.End, d.Related = r.Pos, r.End, related
		return d
	}
	return d
}

// FoldRelated returns the message of d followed by its related
// information, as the plugin reports it.
func FoldRelated(fset *token.FileSet, d analysis.Diagnostic) string {
	msg := d.Message
	dir := filepath.Dir(fset.Position(d.Pos).Filename)
	for _, r := range d.Related {
		pos := fset.Position(r.Pos)
		file := pos.Filename
		if rel, err := filepath.Rel(dir, file); err == nil {
			file = filepath.ToSlash(rel)
		}
		msg += fmt.Sprintf("\n\t%s:%d:%d: %s", file, pos.Line, pos.Column, r.Message)
	}
	return msg
}

// setFlag sets one flag of a. golangci-lint reads its configuration with
// viper, which lower-cases every key, so a flag is also found by a
// case-insensitive match.
func setFlag(a *analysis.Analyzer, name string, raw json.RawMessage) error {
	f := a.Flags.Lookup(name)
	if f == nil {
		var all []string
		a.Flags.VisitAll(func(g *flag.Flag) {
			all = append(all, g.Name)
			if f == nil && strings.EqualFold(g.Name, name) {
				f = g
			}
		})
		if f == nil && len(all) == 0 {
			return fmt.Errorf("unknown flag: %s has no flags", a.Name)
		}
		if f == nil {
			return fmt.Errorf("unknown flag; the flags of %s are %s", a.Name, strings.Join(all, ", "))
		}
	}
	v, err := flagValue(raw)
	if err != nil {
		return err
	}
	if err := a.Flags.Set(f.Name, v); err != nil {
		return fmt.Errorf("invalid value %q: %w", v, err)
	}
	return nil
}

// flagValue renders a JSON scalar, or a list of them, as a flag value.
func flagValue(raw json.RawMessage) (string, error) {
	var v any
	d := json.NewDecoder(strings.NewReader(string(raw)))
	d.UseNumber()
	if err := d.Decode(&v); err != nil {
		return "", err
	}
	errType := errors.New("want a string, number or boolean, or a list of them")
	scalar := func(v any) (string, error) {
		switch v := v.(type) {
		case string:
			return v, nil
		case json.Number:
			return v.String(), nil
		case bool:
			return fmt.Sprint(v), nil
		}
		return "", errType
	}
	list, ok := v.([]any)
	if !ok {
		return scalar(v)
	}
	parts := make([]string, len(list))
	for i, e := range list {
		s, err := scalar(e)
		if err != nil {
			return "", err
		}
		parts[i] = s
	}
	return strings.Join(parts, ","), nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Plugin is the golangci-lint linter plugin: the enabled analyzers.
type Plugin struct {
	analyzers []*analysis.Analyzer
}

// BuildAnalyzers returns the enabled analyzers, in the order of analyzers.All.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return p.analyzers, nil
}

// GetLoadMode asks golangci-lint for syntax and type information.
func (p *Plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
