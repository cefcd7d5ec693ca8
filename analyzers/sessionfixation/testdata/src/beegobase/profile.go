package beegobase

import "golang.org/x/crypto/bcrypt"

type Credentials struct {
	Account string
	Hash    []byte
}

func (c *BaseController) currentUser() *Credentials {
	cr, _ := c.GetSession("credentials").(Credentials)
	return &cr
}

func findCredentials(account string) *Credentials { return &Credentials{Account: account} }

// RenameAccount changes the logged-in member's account name after asking
// for the password again: the check is a credential check, but the
// session's own member is stored again, not someone logging in.
func (c *AccountController) RenameAccount() {
	cr := c.currentUser()
	cr.Account = c.GetString("account")
	if bcrypt.CompareHashAndPassword(cr.Hash, []byte(c.GetString("current_password"))) != nil {
		return
	}
	c.SetSession("member_name", cr.Account)
}

// SwitchAccount is the twin that logs in: the credentials are found by the
// posted account name.
func (c *AccountController) SwitchAccount() {
	cr := findCredentials(c.GetString("account"))
	if bcrypt.CompareHashAndPassword(cr.Hash, []byte(c.GetString("password"))) != nil {
		return
	}
	c.SetSession("member_name", cr.Account) // want `user identity is stored in the session before its ID is renewed`
}

type credentialsInput struct {
	Account  string
	Password string
}

type StaffUser struct {
	Username string
	Hash     []byte
}

// createStaffUser stores a new account.
func createStaffUser(in credentialsInput) (*StaffUser, error) {
	hash, err := bcrypt.GenerateFromPassword([]byte(in.Password), bcrypt.DefaultCost)
	return &StaffUser{Username: in.Account, Hash: hash}, err
}

// CreateAccount: an administrator confirms their password, makes an
// account and keeps its name to show it once; who the session belongs to
// does not change.
func (c *AccountController) CreateAccount() {
	admin := findCredentials(c.GetString("admin"))
	if bcrypt.CompareHashAndPassword(admin.Hash, []byte(c.GetString("admin_password"))) != nil {
		return
	}
	user, err := createStaffUser(credentialsInput{Account: c.GetString("account"), Password: c.GetString("password")})
	if err != nil {
		return
	}
	keepGenerated(c, generatedInfo{Username: user.Username, Password: c.GetString("password")})
}

type generatedInfo struct{ Username, Password string }

// keepGenerated keeps a generated account's name and password to show
// them once.
func keepGenerated(c *AccountController, info generatedInfo) {
	c.SetSession("generated_account_username", info.Username)
	c.SetSession("generated_account_password", info.Password)
}

// SignUp is the twin that logs the new account in.
func (c *AccountController) SignUp() {
	user, err := createStaffUser(credentialsInput{Account: c.GetString("account"), Password: c.GetString("password")})
	if err != nil {
		return
	}
	c.SetSession("username", user.Username) // want `user identity is stored in the session before its ID is renewed`
}
