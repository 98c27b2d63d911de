[ "hel" "ello" "" "llo" "" ]
