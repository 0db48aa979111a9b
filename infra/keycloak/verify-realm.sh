#!/usr/bin/env bash
# Verifies a running Keycloak that imported infra/keycloak/incubator-realm.json.
#
#   infra/keycloak/verify-realm.sh [BASE_URL]          # default http://localhost:8180
#   SHOW_TOKENS=1 infra/keycloak/verify-realm.sh ...   # also print decoded sample token payloads
#
# Read-only: it only requests tokens and lists users; nothing is created or changed.
# Needs bash, curl and python3. Exits 1 if any check fails, 2 if Keycloak/realm is unreachable.
# The demo passwords and client secrets checked here exist only in the local/demo realm.
set -u

BASE="${1:-http://localhost:8180}"
BASE="${BASE%/}"
REALM="${REALM:-incubator}"
OIDC="$BASE/realms/$REALM/protocol/openid-connect"
ADMIN="$BASE/admin/realms/$REALM"
PASSWORD="${DEMO_PASSWORD:-demo}"

PASSES=0
FAILS=0
pass() { PASSES=$((PASSES + 1)); printf '  PASS  %s\n' "$1"; }
fail() { FAILS=$((FAILS + 1)); printf '  FAIL  %s\n' "$1"; }

# decode_jwt <jwt> : prints the JSON payload of a JWT
decode_jwt() {
  python3 -c '
import base64, json, sys
p = sys.argv[1].split(".")[1]
p += "=" * (-len(p) % 4)
print(json.dumps(json.loads(base64.urlsafe_b64decode(p)), ensure_ascii=False, indent=2))
' "$1"
}

# json_field <json> <field> : prints a top-level string field of a JSON document (empty if absent)
json_field() {
  python3 -c '
import json, sys
try:
    v = json.loads(sys.argv[1]).get(sys.argv[2])
except Exception:
    v = None
print("" if v is None else v)
' "$1" "$2"
}

# check_claims <label> <json> <expectation>... ; prints PASS/FAIL lines, returns number of failures.
# The JSON is a token payload (or a userinfo response). Expectations:
#   role=R             realm_access.roles contains R
#   roles_exact=A,B    realm_access.roles is exactly {A,B}
#   client_role=C:R    resource_access.C.roles contains R
#   no_client_roles    no resource_access claim
#   jurisdiction=A,B   jurisdiction is a JSON array equal to [A,B]
#   claim=NAME:VALUE   NAME is the string VALUE
#   absent=NAME        NAME is not present
#   scope_has=S        space-separated scope contains S
#   lifespan=N         exp - iat == N
#   azp=C              azp == C
#   username=U         preferred_username == U
check_claims() {
  python3 - "$@" <<'PY'
import json, sys

label, raw, exps = sys.argv[1], sys.argv[2], sys.argv[3:]
fails = 0
def report(ok, msg):
    global fails
    print(("  PASS  " if ok else "  FAIL  ") + label + ": " + msg)
    if not ok:
        fails += 1

try:
    t = json.loads(raw)
except Exception as e:
    report(False, "payload is not JSON (%s)" % e)
    sys.exit(1)

roles = (t.get("realm_access") or {}).get("roles") or []
for e in exps:
    k, _, v = e.partition("=")
    if k == "role":
        report(v in roles, "realm_access.roles contains %s (got %s)" % (v, roles))
    elif k == "roles_exact":
        want = sorted(v.split(","))
        report(sorted(roles) == want, "realm_access.roles == %s (got %s)" % (want, roles))
    elif k == "client_role":
        c, _, r = v.partition(":")
        got = ((t.get("resource_access") or {}).get(c) or {}).get("roles") or []
        report(r in got, "resource_access.%s.roles contains %s (got %s)" % (c, r, got))
    elif k == "no_client_roles":
        report("resource_access" not in t, "no resource_access claim (got %s)" % t.get("resource_access"))
    elif k == "jurisdiction":
        want = v.split(",")
        got = t.get("jurisdiction")
        report(isinstance(got, list) and got == want,
               "jurisdiction is JSON array %s (got %s)" % (json.dumps(want), json.dumps(got)))
    elif k == "claim":
        n, _, val = v.partition(":")
        got = t.get(n)
        report(isinstance(got, str) and got == val, "%s == %r (got %r)" % (n, val, got))
    elif k == "absent":
        report(v not in t, "%s absent (got %r)" % (v, t.get(v)))
    elif k == "scope_has":
        got = (t.get("scope") or "").split()
        report(v in got, "scope contains %s (got %r)" % (v, t.get("scope")))
    elif k == "lifespan":
        got = (t.get("exp") or 0) - (t.get("iat") or 0)
        report(got == int(v), "exp - iat == %s s (got %s)" % (v, got))
    elif k == "azp":
        report(t.get("azp") == v, "azp == %s (got %r)" % (v, t.get("azp")))
    elif k == "username":
        report(t.get("preferred_username") == v, "preferred_username == %s (got %r)" % (v, t.get("preferred_username")))
    else:
        report(False, "unknown expectation " + e)
sys.exit(min(fails, 100))
PY
}

run_checks() {
  local n
  check_claims "$@"
  n=$?
  FAILS=$((FAILS + n))
  PASSES=$((PASSES + $# - 2 - n))
}

echo "Verifying realm '$REALM' at $BASE"

# --- 0. realm reachable ---------------------------------------------------------------
disc=$(curl -s -m 10 -w '\n%{http_code}' "$BASE/realms/$REALM/.well-known/openid-configuration")
if [ "${disc##*$'\n'}" != "200" ]; then
  echo "  FAIL  realm discovery document not reachable at $BASE/realms/$REALM (HTTP ${disc##*$'\n'})"
  exit 2
fi
pass "discovery document reachable"

# --- 1. demo users: password grant through incubator-cli --------------------------------
echo "Demo users (password grant, client incubator-cli):"
# user | realm role | jurisdiction (comma separated) | org_id (or -)
USERS="
admin|platform-admin|430000000000|-
changsha-officer|civil-affairs|430100000000|-
county-officer|civil-affairs|430121000000|-
city-operator|base-operator|430100000000|-
xingsha-hub|hub-operator|430121001000|-
langli-hub|hub-operator|430121004000|-
org-admin-demo|org-admin|430121001000|3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001
expert-demo|expert|430100000000|-
instructor-demo|party-instructor|430121000000|-
trainer-demo|trainer|430121000000|-
ejin-horo-officer|civil-affairs|150627000000|-
yaan-operator|base-operator|511800000000|-
"
ORG_ADMIN_PAYLOAD=""
while IFS='|' read -r user role jur org; do
  [ -z "$user" ] && continue
  resp=$(curl -s -m 20 -d grant_type=password -d client_id=incubator-cli \
    --data-urlencode "username=$user" --data-urlencode "password=$PASSWORD" "$OIDC/token")
  at=$(json_field "$resp" access_token)
  if [ -z "$at" ]; then
    fail "$user: password grant failed: $resp"
    continue
  fi
  payload=$(decode_jwt "$at")
  if [ "$org" = "-" ]; then orgexp="absent=org_id"; else orgexp="claim=org_id:$org"; fi
  run_checks "$user" "$payload" "role=$role" "jurisdiction=$jur" "$orgexp" "username=$user" \
    "azp=incubator-cli" "lifespan=900" "absent=partner_id"
  [ "$user" = "org-admin-demo" ] && ORG_ADMIN_PAYLOAD="$payload"
done <<< "$USERS"

# --- 2. id token and userinfo carry the same identity claims ----------------------------
echo "ID token and userinfo (org-admin-demo, scope=openid):"
resp=$(curl -s -m 20 -d grant_type=password -d client_id=incubator-cli -d scope=openid \
  -d username=org-admin-demo --data-urlencode "password=$PASSWORD" "$OIDC/token")
idt=$(json_field "$resp" id_token)
at=$(json_field "$resp" access_token)
if [ -n "$idt" ]; then
  run_checks "id_token" "$(decode_jwt "$idt")" "jurisdiction=430121001000" \
    "claim=org_id:3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001"
else
  fail "no id_token returned for scope=openid: $resp"
fi
ui=$(curl -s -m 20 -H "Authorization: Bearer $at" "$OIDC/userinfo")
run_checks "userinfo" "$ui" "jurisdiction=430121001000" "claim=org_id:3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001"

# --- 3. partner-demo-foundation: client credentials -------------------------------------
echo "Partner client (client credentials, partner-demo-foundation):"
resp=$(curl -s -m 20 -d grant_type=client_credentials -d client_id=partner-demo-foundation \
  -d client_secret=partner-demo-secret "$OIDC/token")
PARTNER_AT=$(json_field "$resp" access_token)
PARTNER_PAYLOAD=""
if [ -n "$PARTNER_AT" ]; then
  PARTNER_PAYLOAD=$(decode_jwt "$PARTNER_AT")
  run_checks "partner-demo-foundation" "$PARTNER_PAYLOAD" "claim=partner_id:demo-foundation" \
    "jurisdiction=430100000000" "scope_has=partner.programmes.read" "roles_exact=partner" \
    "no_client_roles" "absent=org_id" "azp=partner-demo-foundation" "lifespan=900"
else
  fail "partner-demo-foundation: client-credentials grant failed: $resp"
fi
code=$(curl -s -m 20 -o /dev/null -w '%{http_code}' -d grant_type=client_credentials \
  -d client_id=partner-demo-foundation -d client_secret=wrong-secret "$OIDC/token")
[ "$code" = "401" ] && pass "partner: wrong client secret rejected (401)" \
  || fail "partner: wrong client secret should give 401, got $code"
code=$(curl -s -m 20 -o /dev/null -w '%{http_code}' -d grant_type=password \
  -d client_id=partner-demo-foundation -d client_secret=partner-demo-secret \
  -d username=admin --data-urlencode "password=$PASSWORD" "$OIDC/token")
[ "$code" = "400" ] && pass "partner: password grant disabled (400)" \
  || fail "partner: password grant should be refused with 400, got $code"
if [ -n "$PARTNER_AT" ]; then
  code=$(curl -s -m 20 -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $PARTNER_AT" \
    "$ADMIN/users?username=admin&exact=true")
  [ "$code" = "403" ] && pass "partner: admin API refused (403)" \
    || fail "partner: admin API should give 403, got $code"
fi

# --- 4. incubator-services: client credentials + admin API ------------------------------
echo "Service client (client credentials, incubator-services):"
resp=$(curl -s -m 20 -d grant_type=client_credentials -d client_id=incubator-services \
  -d client_secret=incubator-services-secret "$OIDC/token")
SVC_AT=$(json_field "$resp" access_token)
if [ -n "$SVC_AT" ]; then
  run_checks "incubator-services" "$(decode_jwt "$SVC_AT")" "jurisdiction=430000000000" \
    "role=platform-admin" "client_role=realm-management:manage-users" \
    "client_role=realm-management:view-users" "client_role=realm-management:query-users" \
    "client_role=realm-management:manage-clients" "client_role=realm-management:view-clients" \
    "absent=partner_id" "azp=incubator-services"
  users=$(curl -s -m 20 -w '\n%{http_code}' -H "Authorization: Bearer $SVC_AT" \
    "$ADMIN/users?username=admin&exact=true")
  code=${users##*$'\n'}
  body=${users%$'\n'*}
  if [ "$code" = "200" ] && python3 -c '
import json, sys
u = json.loads(sys.argv[1])
assert len(u) == 1 and u[0]["username"] == "admin", u
assert u[0].get("attributes", {}).get("jurisdiction") == ["430000000000"], u[0].get("attributes")
' "$body" 2>/dev/null; then
    pass "incubator-services: GET /admin/realms/$REALM/users?username=admin -> 200, user admin with jurisdiction [430000000000]"
  else
    fail "incubator-services: admin API user listing failed (HTTP $code): $body"
  fi
else
  fail "incubator-services: client-credentials grant failed: $resp"
fi

# --- 5. incubator-console / incubator-cli flow restrictions -----------------------------
echo "Client flow restrictions:"
code=$(curl -s -m 20 -o /dev/null -w '%{http_code}' -d grant_type=password -d client_id=incubator-console \
  -d username=admin --data-urlencode "password=$PASSWORD" "$OIDC/token")
[ "$code" = "400" ] && pass "incubator-console: password grant disabled (400)" \
  || fail "incubator-console: password grant should be refused with 400, got $code"
code=$(curl -s -m 20 -o /dev/null -w '%{http_code}' -d grant_type=password -d client_id=incubator-cli \
  -d username=admin -d password=definitely-wrong "$OIDC/token")
[ "$code" = "401" ] && pass "incubator-cli: wrong password rejected (401)" \
  || fail "incubator-cli: wrong password should give 401, got $code"
REDIR='http%3A%2F%2Flocalhost%3A5173%2Fcallback'
loc=$(curl -s -m 20 -o /dev/null -w '%{redirect_url}' \
  "$OIDC/auth?client_id=incubator-console&response_type=code&scope=openid&state=v1&redirect_uri=$REDIR")
case "$loc" in
  *error=invalid_request*code_challenge*) pass "incubator-console: authorization request without PKCE rejected" ;;
  *) fail "incubator-console: request without code_challenge should be rejected, redirect was '$loc'" ;;
esac
loc=$(curl -s -m 20 -o /dev/null -w '%{redirect_url}' \
  "$OIDC/auth?client_id=incubator-console&response_type=code&scope=openid&state=v1&redirect_uri=$REDIR&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=plain")
case "$loc" in
  *error=invalid_request*) pass "incubator-console: PKCE method 'plain' rejected (S256 required)" ;;
  *) fail "incubator-console: code_challenge_method=plain should be rejected, redirect was '$loc'" ;;
esac

# Full authorization-code + PKCE S256 round trip through the login form (user city-operator).
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
VERIFIER=$(python3 -c 'import secrets; print(secrets.token_urlsafe(48))')
CHALLENGE=$(python3 -c '
import base64, hashlib, sys
print(base64.urlsafe_b64encode(hashlib.sha256(sys.argv[1].encode()).digest()).decode().rstrip("="))
' "$VERIFIER")
page=$(curl -s -m 20 -c "$JAR" -b "$JAR" \
  "$OIDC/auth?client_id=incubator-console&response_type=code&scope=openid&state=v2&redirect_uri=$REDIR&code_challenge=$CHALLENGE&code_challenge_method=S256")
action=$(python3 -c '
import html, re, sys
m = re.search(r"<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"", sys.stdin.read()) 
print(html.unescape(m.group(1)) if m else "")
' <<< "$page")
if [ -z "$action" ]; then
  fail "incubator-console: login form not found on the authorization page"
else
  loc=$(curl -s -m 20 -o /dev/null -w '%{redirect_url}' -c "$JAR" -b "$JAR" \
    --data-urlencode "username=city-operator" --data-urlencode "password=$PASSWORD" "$action")
  authcode=$(python3 -c '
import sys, urllib.parse
q = urllib.parse.parse_qs(urllib.parse.urlparse(sys.argv[1]).query)
print(q.get("code", [""])[0])
' "$loc")
  if [ -z "$authcode" ]; then
    fail "incubator-console: no authorization code after login (redirect '$loc')"
  else
    resp=$(curl -s -m 20 -d grant_type=authorization_code -d client_id=incubator-console \
      --data-urlencode "code=$authcode" --data-urlencode "code_verifier=$VERIFIER" \
      -d redirect_uri=http://localhost:5173/callback "$OIDC/token")
    at=$(json_field "$resp" access_token)
    if [ -n "$at" ]; then
      run_checks "incubator-console (code+PKCE)" "$(decode_jwt "$at")" "azp=incubator-console" \
        "role=base-operator" "jurisdiction=430100000000" "username=city-operator"
    else
      fail "incubator-console: code exchange with PKCE verifier failed: $resp"
    fi
  fi
fi

if [ "${SHOW_TOKENS:-0}" = "1" ]; then
  echo
  echo "--- org-admin-demo access token payload ---"
  echo "$ORG_ADMIN_PAYLOAD"
  echo "--- partner-demo-foundation access token payload ---"
  echo "$PARTNER_PAYLOAD"
fi

echo
echo "Result: $PASSES passed, $FAILS failed"
[ "$FAILS" -eq 0 ] || exit 1
exit 0
