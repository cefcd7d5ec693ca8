package scsapp

import (
	"encoding/json"
	"net/http"
)

// wechatLogin trades the mini-program's code for the user's openid with a
// hand-written request, and keeps the openid: who the user is.
func wechatLogin(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get("https://api.weixin.qq.com/sns/jscode2session?js_code=" + r.FormValue("code") + "&grant_type=authorization_code")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var answer struct {
		OpenID     string `json:"openid"`
		SessionKey string `json:"session_key"`
	}
	if json.NewDecoder(resp.Body).Decode(&answer) != nil || answer.OpenID == "" {
		return
	}
	sm.Put(r.Context(), "openID", answer.OpenID) // want `call sm.RenewToken\(ctx\) first`
}

func wechatLoginRenewed(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get("https://api.weixin.qq.com/sns/jscode2session?js_code=" + r.FormValue("code") + "&grant_type=authorization_code")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var answer struct {
		OpenID string `json:"openid"`
	}
	if json.NewDecoder(resp.Body).Decode(&answer) != nil {
		return
	}
	_ = sm.RenewToken(r.Context())
	sm.Put(r.Context(), "openID", answer.OpenID)
}
