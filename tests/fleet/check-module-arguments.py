#!/usr/bin/env python3
"""Checks every task of a playbook against its module's own argument spec, as `ansible-doc -j` gives it:
each argument is one the module has, and each argument the module requires is there. ansible-lint cannot
load the Windows modules (they are PowerShell) to do this itself. Prints one line per problem; exit 1 if any."""
import json
import subprocess
import sys

import yaml

TASK_KEYS = {"name", "register", "when", "changed_when", "failed_when", "vars", "tags", "notify", "loop",
             "become", "ignore_errors", "no_log", "delegate_to", "args"}

problems = []
specs = {}
with open(sys.argv[1], encoding="utf-8") as playbook:
    plays = yaml.safe_load(playbook)
for play in plays:
    for task in play.get("tasks", []):
        modules = [key for key in task if key not in TASK_KEYS]
        if len(modules) != 1:
            problems.append(f"{task.get('name')}: {len(modules)} modules ({modules})")
            continue
        module = modules[0]
        if not module.startswith("ansible.windows."):
            problems.append(f"{task.get('name')}: {module} is not of ansible.windows")
        if module not in specs:
            out = subprocess.run(["ansible-doc", "-j", module], capture_output=True, text=True, check=False)
            specs[module] = json.loads(out.stdout)[module]["doc"]["options"] if out.returncode == 0 else None
        options = specs[module]
        if options is None:
            problems.append(f"{task.get('name')}: ansible-doc knows no {module}")
            continue
        given = task[module] or {}
        for argument in given:
            if argument not in options:
                problems.append(f"{task.get('name')}: {module} has no argument {argument}")
        for argument, spec in options.items():
            if spec.get("required") and argument not in given:
                problems.append(f"{task.get('name')}: {module} needs {argument}")
        print(f"{module}: {', '.join(sorted(given))}")
for problem in problems:
    print("problem:", problem)
sys.exit(1 if problems else 0)
