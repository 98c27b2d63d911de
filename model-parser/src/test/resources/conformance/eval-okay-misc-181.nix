"${{ outPath = "/x"; }}"
