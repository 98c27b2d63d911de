<nonexistent>
