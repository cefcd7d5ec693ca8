// Package beegoprofile: the base controller reads the signed-in admin from
// the session into a package variable; a profile page uploads an avatar
// through a service that reads the request's file, then stores again the
// admin it finds by that variable's ID. What one method of a service is
// given (the upload's URL to SetAvatar) is not what the service holds, so
// the admin another of its methods finds is not a record of the request.
package beegoprofile

import (
	"errors"

	"github.com/beego/beego/v2/server/web"
	"github.com/beego/beego/v2/server/web/context"
)

type Admin struct {
	Id     int
	Name   string
	Avatar string
}

type Attachment struct {
	Id  int
	Url string
}

// AdminService is a method set with the listing's search settings.
type AdminService struct {
	SearchFields []string
	PageSize     int
}

func (*AdminService) ById(id int) *Admin { return &Admin{Id: id} }

func (*AdminService) SetAvatar(id int, url string) int { return len(url) + id }

func (*AdminService) CheckLogin(name, password string) (*Admin, error) {
	return nil, errors.New("no such admin")
}

type UploadService struct{}

func (*UploadService) Upload(ctx *context.Context, field string, owner int) (*Attachment, error) {
	file, header, err := ctx.Request.FormFile(field)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return &Attachment{Id: owner, Url: "/uploads/" + header.Filename}, nil
}

// current is the admin of the request being served, read by Prepare.
var current Admin

type Base struct {
	web.Controller
}

func (c *Base) Prepare() {
	current, _ = c.GetSession("admin").(Admin)
}

type ProfileController struct {
	Base
}

// UpdateAvatar refreshes the session's own admin after the upload: no login.
func (c *ProfileController) UpdateAvatar() {
	var (
		uploads UploadService
		admins  AdminService
	)
	info, err := uploads.Upload(c.Ctx, "avatar", current.Id)
	if err != nil || info == nil {
		return
	}
	if admins.SetAvatar(current.Id, info.Url) > 0 {
		fresh := admins.ById(current.Id)
		c.SetSession("admin", *fresh)
	}
}

// Login finds the admin through the same kind of service, given the form.
func (c *ProfileController) Login() {
	var admins AdminService
	a, err := admins.CheckLogin(c.GetString("name"), c.GetString("password"))
	if err != nil {
		return
	}
	c.SetSession("admin", *a) // want `user identity is stored in the session before its ID is renewed`
}

// RenewedLogin renews the ID first.
func (c *ProfileController) RenewedLogin() {
	var admins AdminService
	a, err := admins.CheckLogin(c.GetString("name"), c.GetString("password"))
	if err != nil {
		return
	}
	if err := c.SessionRegenerateID(); err != nil {
		return
	}
	c.SetSession("admin", *a)
}
