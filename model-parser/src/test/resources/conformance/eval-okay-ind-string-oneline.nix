[ ''one line'' ''  spaced  '' '''' ]
