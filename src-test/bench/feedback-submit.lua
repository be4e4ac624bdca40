-- wrk script: posts public feedback responses, each with its own submission key (a UUID) and its own device cookie,
-- so that every request stores a new response (a fixed key would only measure the idempotent replay).
-- Environment: FEEDBACK_TOKEN (the session's link token), FEEDBACK_ANSWERS (the answers as a JSON array).
-- Used by feedback-bench.sh; see the README's performance section.

local token = os.getenv("FEEDBACK_TOKEN")
local answers = os.getenv("FEEDBACK_ANSWERS")
local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
local hex = "0123456789abcdef"
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + id * 7919)
  created = 0
  other = 0
end

local function random_string(chars, n)
  local out = {}
  for i = 1, n do
    local k = math.random(1, #chars)
    out[i] = chars:sub(k, k)
  end
  return table.concat(out)
end

local function uuid()
  local h = random_string(hex, 32)
  return h:sub(1, 8) .. "-" .. h:sub(9, 12) .. "-4" .. h:sub(14, 16) .. "-8" .. h:sub(18, 20) .. "-" .. h:sub(21, 32)
end

request = function()
  local body = '{"submissionKey":"' .. uuid() .. '","audience":"PARENT","answers":' .. answers .. '}'
  return wrk.format("POST", "/api/v1/feedback/" .. token .. "/responses",
    { ["Content-Type"] = "application/json", ["Cookie"] = "healthedu_fd=" .. random_string(alphabet, 43) }, body)
end

response = function(status, headers, body)
  if status == 201 then
    created = created + 1
  else
    other = other + 1
  end
end

done = function(summary, latency, requests)
  local stored, refused = 0, 0
  for _, thread in ipairs(threads) do
    stored = stored + thread:get("created")
    refused = refused + thread:get("other")
  end
  io.write(string.format("stored (201): %d, other statuses: %d, stored per second: %.1f\n", stored, refused,
    stored / (summary.duration / 1e6)))
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("p%s latency: %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
