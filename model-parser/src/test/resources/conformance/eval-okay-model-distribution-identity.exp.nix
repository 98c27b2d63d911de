[ true false false ]
