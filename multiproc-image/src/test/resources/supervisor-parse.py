# Parses a supervisord.conf with supervisor's own parser and prints each program's command,
# environment and directory as JSON (used by InjectionTest).
import json
import sys

from supervisor.options import ServerOptions

options = ServerOptions()
options.configfile = sys.argv[1]
options.process_config(do_usage=False)
programs = {}
for group in options.process_group_configs:
    for process in group.process_configs:
        programs[process.name] = {
            "command": process.command,
            "environment": process.environment or {},
            "directory": process.directory,
        }
print(json.dumps(programs, sort_keys=True))
