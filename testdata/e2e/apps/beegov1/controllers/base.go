// Package controllers holds the application's controllers.
package controllers

import (
	"github.com/astaxie/beego"

	"sessionlint.test/e2e/apps/beegov1/models"
)

// BaseController is embedded by every controller.
type BaseController struct {
	beego.Controller
	Member *models.Member
}

// SetMember keeps the member in the session.
func (c *BaseController) SetMember(member models.Member) {
	c.SetSession("uid", member.MemberId)
	c.SetSession("member", member)
}
