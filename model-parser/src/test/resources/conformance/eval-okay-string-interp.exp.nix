[ "hello world" "worldworld" "n=3" "nested world" "" "" ]
