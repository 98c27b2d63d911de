[ "héllo" "日本" "emoji 😀" 6 6 ]
