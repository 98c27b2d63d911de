"derivation"
