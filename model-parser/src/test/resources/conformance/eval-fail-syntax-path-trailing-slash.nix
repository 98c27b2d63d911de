[ ./data/ ]
