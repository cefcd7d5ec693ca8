package main

// A handler is one generated handler: its code, the function's name, its
// route, and whether sessionlint should flag it.
type handler struct {
	name, route, code string
	flagged           bool
}

// kinds are the handler templates, used in turn. Each template gets the
// handler's name (%[1]s), a resource name (%[2]s) and its number (%[3]d).
// Session and cookie handlers are a third of the total, as in a real
// application where most handlers serve data.
var kinds = []struct {
	prefix  string
	flagged bool
	tmpl    string
}{
	{"LoginSCS", false, `
// %[1]s logs the user in and renews the session token first.
func %[1]s(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	u, err := users.Authenticate(r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	if err := sm.RenewToken(r.Context()); err != nil {
		http.Error(w, "session error", http.StatusInternalServerError)
		return
	}
	sm.Put(r.Context(), "userID", u.ID)
	sm.Put(r.Context(), "flash", "welcome back to %[2]s %[3]d")
	http.Redirect(w, r, "/%[2]s", http.StatusSeeOther)
}
`},
	{"List", false, `
// %[1]s lists the %[2]s records visible to the current user.
func %[1]s(w http.ResponseWriter, r *http.Request) {
	uid := sm.GetInt(r.Context(), "userID")
	if uid == 0 {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil || limit <= 0 || limit > 100 {
		limit = 20
	}
	items := make([]record, 0, limit)
	for i := 0; i < limit; i++ {
		items = append(items, record{ID: i + %[3]d, Owner: uid, Kind: "%[2]s", Total: float64(i) * 1.5})
	}
	writeJSON(w, http.StatusOK, items)
}
`},
	{"LoginGorilla", true, `
// %[1]s logs the user in but keeps the session ID the client came with.
func %[1]s(w http.ResponseWriter, r *http.Request) {
	u, err := users.Authenticate(r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	s, err := store.Get(r, "sid")
	if err != nil {
		http.Error(w, "session error", http.StatusInternalServerError)
		return
	}
	s.Values["user_id"] = u.ID
	s.Values["area"] = "%[2]s-%[3]d"
	if err := s.Save(r, w); err != nil {
		http.Error(w, "session error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}
`},
	{"Get", false, `
// %[1]s returns one %[2]s record.
func %[1]s(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/%[2]s/"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	rec, ok := lookup(id)
	if !ok {
		http.NotFound(w, r)
		return
	}
	if rec.Total > 1000 {
		rec.Flags = append(rec.Flags, "review")
	}
	writeJSON(w, http.StatusOK, rec)
}
`},
	{"LoginCookie", false, `
// %[1]s logs the user in with a fresh random session ID in a well-formed cookie.
func %[1]s(w http.ResponseWriter, r *http.Request) {
	u, err := users.Authenticate(r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	if old, err := r.Cookie("__Host-sid"); err == nil {
		users.DeleteSession(old.Value)
	}
	sid := rand.Text()
	users.CreateSession(sid, u.ID)
	http.SetCookie(w, &http.Cookie{
		Name:     "__Host-sid",
		Value:    sid,
		Path:     "/",
		MaxAge:   3600 * %[3]d %% 24,
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	})
	w.WriteHeader(http.StatusNoContent)
}
`},
	{"Update", false, `
// %[1]s updates a %[2]s record from a JSON body.
func %[1]s(w http.ResponseWriter, r *http.Request) {
	var in record
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&in); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if err := in.validate(); err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	in.Kind = "%[2]s"
	in.Total = roundCents(in.Total * 1.%[3]d)
	writeJSON(w, http.StatusOK, in)
}
`},
	{"Prefs", true, `
// %[1]s remembers a display preference in a cookie without its flags.
func %[1]s(w http.ResponseWriter, r *http.Request) {
	theme := r.URL.Query().Get("theme")
	switch theme {
	case "light", "dark":
	default:
		theme = "light"
	}
	http.SetCookie(w, &http.Cookie{Name: "%[2]s_theme_%[3]d", Value: theme, Path: "/"})
	http.Redirect(w, r, "/%[2]s", http.StatusSeeOther)
}
`},
	{"Search", false, `
// %[1]s searches the %[2]s records.
func %[1]s(w http.ResponseWriter, r *http.Request) {
	q := strings.ToLower(strings.TrimSpace(r.URL.Query().Get("q")))
	if q == "" {
		writeJSON(w, http.StatusOK, []record{})
		return
	}
	var hits []record
	for i, word := range strings.Fields(q) {
		if len(word) < 3 {
			continue
		}
		hits = append(hits, record{ID: i*%[3]d + len(word), Kind: "%[2]s", Flags: []string{word}})
	}
	writeJSON(w, http.StatusOK, hits)
}
`},
	{"LoginRenewGorilla", false, `
// %[1]s logs the user in, erasing the old session and minting a new ID.
func %[1]s(w http.ResponseWriter, r *http.Request) {
	u, err := users.Authenticate(r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	s, _ := store.Get(r, "sid")
	s.Options.MaxAge = -1
	if err := s.Save(r, w); err != nil {
		http.Error(w, "session error", http.StatusInternalServerError)
		return
	}
	s.Options.MaxAge = 86400
	s.ID = ""
	s.Values = map[interface{}]interface{}{"user_id": u.ID, "area": "%[2]s-%[3]d"}
	s.Options.HttpOnly, s.Options.Secure, s.Options.SameSite = true, true, http.SameSiteLaxMode
	_ = s.Save(r, w)
	http.Redirect(w, r, "/", http.StatusFound)
}
`},
	{"Delete", false, `
// %[1]s deletes a %[2]s record owned by the current user.
func %[1]s(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodDelete {
		w.Header().Set("Allow", http.MethodDelete)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	uid := sm.GetInt(r.Context(), "userID")
	id, err := strconv.Atoi(r.URL.Query().Get("id"))
	if err != nil || uid == 0 {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if rec, ok := lookup(id); !ok || rec.Owner != uid {
		http.NotFound(w, r)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
`},
	{"LoginSCSFixed", true, `
// %[1]s logs the user in but only clears the session, keeping its token.
func %[1]s(w http.ResponseWriter, r *http.Request) {
	u, err := users.Authenticate(r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	if err := sm.Clear(r.Context()); err != nil {
		http.Error(w, "session error", http.StatusInternalServerError)
		return
	}
	sm.Put(r.Context(), "userID", u.ID)
	http.Redirect(w, r, "/%[2]s/%[3]d", http.StatusSeeOther)
}
`},
	{"Export", false, `
// %[1]s exports the %[2]s records as CSV.
func %[1]s(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/csv")
	var b strings.Builder
	b.WriteString("id,kind,total\n")
	for i := 0; i < 10; i++ {
		rec := record{ID: i, Kind: "%[2]s", Total: roundCents(float64(i*%[3]d) / 7)}
		fmt.Fprintf(&b, "%%d,%%s,%%.2f\n", rec.ID, rec.Kind, rec.Total)
	}
	io.WriteString(w, b.String())
}
`},
	{"Logout", false, `
// %[1]s logs the user out.
func %[1]s(w http.ResponseWriter, r *http.Request) {
	if err := sm.Destroy(r.Context()); err != nil {
		http.Error(w, "session error", http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "__Host-sid", Path: "/", MaxAge: -1, Secure: true, HttpOnly: true, SameSite: http.SameSiteStrictMode})
	http.Redirect(w, r, "/%[2]s?bye=%[3]d", http.StatusSeeOther)
}
`},
	{"Summary", false, `
// %[1]s computes totals over the %[2]s records.
func %[1]s(w http.ResponseWriter, r *http.Request) {
	var sum, max float64
	count := 0
	for i := 1; i <= 50; i++ {
		rec, ok := lookup(i + %[3]d)
		if !ok {
			continue
		}
		sum += rec.Total
		if rec.Total > max {
			max = rec.Total
		}
		count++
	}
	writeJSON(w, http.StatusOK, map[string]any{"kind": "%[2]s", "count": count, "sum": roundCents(sum), "max": max})
}
`},
	{"LoginToken", true, `
// %[1]s logs the user in and sends a session cookie readable by scripts.
func %[1]s(w http.ResponseWriter, r *http.Request) {
	u, err := users.Authenticate(r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	sid := rand.Text()
	users.CreateSession(sid, u.ID)
	http.SetCookie(w, &http.Cookie{Name: "sid%[3]d", Value: sid, Path: "/%[2]s", Secure: true})
	w.WriteHeader(http.StatusNoContent)
}
`},
}
