package valueflow

// Walks returns how many values and locations the queries of r walked.
func Walks(r *Result) int {
	r.st.mu.Lock()
	defer r.st.mu.Unlock()
	return r.st.walks
}
