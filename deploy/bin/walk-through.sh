#!/usr/bin/env bash
# Walks one application through the running platform (./run.sh) from submission to subsidy, with the demo
# users' tokens from Keycloak (the demo realm's demo-test-cli client: password grant, no OTP) and plain curl
# through the gateway, printing what each step answers.
#   ./run.sh                       # in one terminal
#   deploy/bin/walk-through.sh     # in another
# GATEWAY and KEYCLOAK override the addresses (e.g. the system tests' stack on 18080/18180).
set -euo pipefail

GATEWAY=${GATEWAY:-http://127.0.0.1:8080}
KEYCLOAK=${KEYCLOAK:-http://127.0.0.1:8180}
PASSWORD=${PASSWORD:-Demo@2022-Dalian}
BRAND=${BRAND:-"大连甘井子金港家政服务师劳务品牌 $(date +%H%M%S)"}

json() { python3 -c "import json,os,sys; d=json.load(sys.stdin); print($1)"; }
token() {
    curl -sf "$KEYCLOAK/realms/laborbrand/protocol/openid-connect/token" \
        -d grant_type=password -d client_id=demo-test-cli -d "username=$1" -d "password=$PASSWORD" | json 'd["access_token"]'
}
call() { # method path token [body]
    curl -sS -X "$1" "$GATEWAY$2" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' ${4:+-d "$4"}
}
items() { # path [token]: every item of a paged list ({items, next}), one JSON array, following next from the first page
    python3 - "$GATEWAY$1" "${2:-}" <<'PY'
import json, sys, urllib.parse, urllib.request
url, token, items, cursor = sys.argv[1], sys.argv[2], [], None
while True:
    page_url = url + ("&" if "?" in url else "?") + "limit=100" + ("&cursor=" + urllib.parse.quote(cursor) if cursor else "")
    request = urllib.request.Request(page_url, headers={"Authorization": "Bearer " + token} if token else {})
    page = json.load(urllib.request.urlopen(request))
    items += page["items"]
    cursor = page["next"]
    if not cursor:
        break
print(json.dumps(items))
PY
}
step() { printf '\n▶ %s\n' "$*"; }
wait_for() { # description command…: retries for up to 60 s until the command prints something
    local what=$1; shift
    for _ in $(seq 1 120); do
        out=$("$@" 2>/dev/null || true)
        [[ -n $out ]] && { echo "$out"; return; }
        sleep 0.5
    done
    echo "✗ gave up waiting for $what" >&2; exit 1
}

APPLICANT=$(token applicant-a); DISTRICT=$(token reviewer-ganjingzi); CITY=$(token city-reviewer)
LEADING=$(token leading-group); FINANCE=$(token finance-clerk); OPERATOR=$(token operator)

step "1. applicant-a (大连金港人力资源服务有限公司, 甘井子区) drafts Attachment 1 and submits it"
APP=$(call POST /api/applications "$APPLICANT" "{\"brandName\": \"$BRAND\", \"unitName\": \"大连金港人力资源服务有限公司\",
  \"unitType\": \"HR_SERVICE_AGENCY\", \"requestedLevels\": [\"DISTRICT\", \"CITY\"],
  \"declaredYears\": [
    {\"year\": 2021, \"trainedCount\": 1120, \"trainingPassRatePercent\": 86.5, \"employedCount\": 1050,
     \"speciallyTrainedSharePercent\": 62.0, \"lostDisputeCases\": 0, \"unfinishedRectifications\": 0},
    {\"year\": 2022, \"trainedCount\": 1280, \"trainingPassRatePercent\": 88.2, \"employedCount\": 1190,
     \"speciallyTrainedSharePercent\": 65.4, \"lostDisputeCases\": 0, \"unfinishedRectifications\": 0}],
  \"labourPractice\": {\"contractSigningRatePercent\": 100, \"employmentFilingRatePercent\": 100,
    \"collectiveContractInForce\": true, \"labourRelationsCoordinators\": 2, \"massLabourDisputeOccurred\": false}}" | json 'd["id"]')
started=$(date +%s%N)
call POST "/api/applications/$APP/submit" "$APPLICANT" | json '"application " + d["id"] + " is " + d["status"]'

step "2. eligibility assesses it (EligibilityAssessed)"
wait_for "the assessment" bash -c "curl -sf '$GATEWAY/api/eligibility/assessments/$APP' -H 'Authorization: Bearer $DISTRICT'" \
    | json '"levels met: " + ", ".join(d["levelsMet"]) + "; rule set " + d["ruleSet"]'
echo "  readable $(( ($(date +%s%N) - started) / 1000000 )) ms after the submission"

step "3. the case is in 甘井子区's queue; the bureau selects it, recommends the city level, records a notice published 25 days ago"
case_in_queue() { items /api/reviews/cases "$DISTRICT" | APP=$APP json 'next((c["id"] for c in d if c["applicationId"] == os.environ["APP"]), "")'; }
CASE=$(wait_for "the case" case_in_queue)
call POST "/api/reviews/cases/$CASE/district-decision" "$DISTRICT" \
    '{"districtLevelSelected": true, "cityRecommended": true, "comment": "材料齐全，实地查验属实，推荐申报市级。"}' | json '"stage " + d["stage"]'
STARTS=$(python3 -c 'import datetime; print(datetime.date.today() - datetime.timedelta(days=25))')
call POST "/api/reviews/cases/$CASE/publicity" "$DISTRICT" "{\"startsOn\": \"$STARTS\"}" \
    | json '"notice " + d["startsOn"] + " to " + d["endsOn"] + " (5 working days)"'
call POST /api/reviews/publicity/closing "$OPERATOR" | json '"notices closed now: " + str(d["closed"])'

step "4. the city re-reviews, the leading group office certifies it at city level (BrandCertified)"
call POST "/api/reviews/cases/$CASE/city-review" "$CITY" '{"approved": true, "comment": "复审通过。"}' | json '"stage " + d["stage"]'
BRAND_ID=$(call POST "/api/reviews/cases/$CASE/approval" "$LEADING" '{"approved": true, "level": "CITY", "comment": "核准为市级劳务品牌。"}' \
    | json 'd["brandId"]')
call GET "/api/reviews/cases/$CASE/history" "$LEADING" \
    | json '"\n".join("  " + s["actionLabel"] + " — " + s["actor"] for s in d)'

step "5. the registry lists it publicly with its certificate (BrandRegistered)"
certificate() { items /api/public/brands | BRAND=$BRAND json 'next((b["certificateNumber"] + " " + b["brandName"] for b in d if b["brandName"] == os.environ["BRAND"]), "")'; }
wait_for "the certificate" certificate

step "6. finance sees its one-time subsidy (SubsidyEntitlementCreated)"
entitlement() { items /api/subsidies/entitlements "$FINANCE" | BRAND_ID=$BRAND_ID json 'next((e["amountText"] + " (" + str(e["amountFen"]) + " fen), " + e["statusLabel"] for e in d if e["brandId"] == os.environ["BRAND_ID"]), "")'; }
wait_for "the entitlement" entitlement

step "7. the unit's inbox"
sleep 2
items /api/notifications "$APPLICANT" \
    | python3 -c "import json,sys; [print('  ' + m['title'] + '：' + m['body']) for m in reversed(json.load(sys.stdin)) if '$BRAND' in m['body']]"
