-- SPDX-FileCopyrightText: 2026 Continuité contributors
-- SPDX-License-Identifier: EUPL-1.2
-- wrk script of bench/fleet/run.sh: a class's pupils at 8:30, each with her own token, device and cursor (one line
-- each in $PUPILS_FILE: TOKEN PERSON DEVICE CURSOR CLASS ASSIGNMENT). 85 % of the requests are her empty sync, 15 % hand
-- in a piece of work (a new submission, as the app sends it). Each pupil keeps the cursor she had at the start, so a
-- sync also pulls what she handed in since (a page of 64 KiB at most): a day's delta rather than an empty sync. Prints
-- the answers by status and the hand-ins applied.

local threads = {}

function setup(thread)
    thread:set("id", #threads + 1)
    table.insert(threads, thread)
end

local pupils = {}
local next_pupil = 1
local counter = 0
statuses = {} -- globals: done() reads them from each thread (thread:get)
applied = 0

local function uuid()
    local t = {}
    for i = 1, 16 do t[i] = math.random(0, 255) end
    t[7] = (t[7] % 16) + 64
    t[9] = (t[9] % 64) + 128
    local h = ""
    for i = 1, 16 do
        h = h .. string.format("%02x", t[i])
        if i == 4 or i == 6 or i == 8 or i == 10 then h = h .. "-" end
    end
    return h
end

function init(args)
    math.randomseed(os.time() * 100 + id)
    for line in io.lines(os.getenv("PUPILS_FILE")) do
        local token, person, device, cursor, class, assignment = line:match("(%S+) (%S+) (%S+) (%S+) (%S+) (%S+)")
        if token then
            table.insert(pupils, {token = token, person = person, device = device, cursor = cursor, class = class,
                                  assignment = assignment})
        end
    end
    next_pupil = (id - 1) % #pupils + 1
end

function request()
    local p = pupils[next_pupil]
    next_pupil = next_pupil % #pupils + 1
    local changes = "[]"
    if math.random() < 0.15 then
        counter = counter + 1
        local hlc = string.format("%015d.%06d.%s", os.time() * 1000, counter % 1000000, p.device)
        changes = string.format('[{"id":"%s","kind":"submission","row":"%s","class":"%s","hlc":"%s","author":"%s",' ..
                                '"device":"%s","fields":{"assignment_id":"%s","student":"%s","text":"Ma réponse %d."}}]',
                                uuid(), uuid(), p.class, hlc, p.person, p.device, p.assignment, p.person, counter)
    end
    local body = string.format('{"cursor":"%s","changes":%s,"budget":65536}', p.cursor, changes)
    return wrk.format("POST", "/v1/sync", {["Authorization"] = "Bearer " .. p.token,
                                            ["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
    for _ in body:gmatch('"status":"applied"') do applied = applied + 1 end
end

function done(summary, latency, requests)
    local all, handins = {}, 0
    for _, t in ipairs(threads) do
        for status, n in pairs(t:get("statuses")) do all[status] = (all[status] or 0) + n end
        handins = handins + t:get("applied")
    end
    local line = "answers:"
    for status, n in pairs(all) do line = line .. " " .. status .. " " .. n end
    print(line)
    print("hand-ins applied: " .. handins)
end
