// Package beegocb is an OAuth callback on a beego controller that first
// refreshes the member the session already holds: the controller (the
// request) reads its own session, which is no exchange of the code.
package beegocb

import "github.com/beego/beego/v2/server/web"

type Member struct{ MemberID int }

func findMember(id int) (*Member, error) { return &Member{MemberID: id}, nil }

type AccountController struct{ web.Controller }

func (c *AccountController) refreshed() {
	if m, ok := c.GetSession("member").(Member); ok && m.MemberID > 0 {
		fresh, err := findMember(m.MemberID)
		if err == nil {
			_ = c.SetSession("member", *fresh)
		}
		return
	}
	_ = c.GetString("code")
}
