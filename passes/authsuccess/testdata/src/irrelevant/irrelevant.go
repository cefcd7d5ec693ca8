// Package irrelevant imports no web, session or crypto library: the pass
// returns at once, with no point and no summary, even for a comparison
// that would otherwise be a credential check.
package irrelevant

type Service struct{ password string }

func (s *Service) Check(password string) bool {
	return password == s.password
}

func use(s *Service, password string) {
	if password == s.password {
		_ = s
	}
}
