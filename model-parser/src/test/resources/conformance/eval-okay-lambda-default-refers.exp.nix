[ [ "/var" "/var/run" "/tmp" ] [ "/srv" "/srv/run" "/srv/tmp" ] ]
