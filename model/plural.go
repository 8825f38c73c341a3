package model

// Plural is the word for n things: one when n is 1, else many. It is the
// one place the program picks between "1 mutual" and "2 mutuals".
func Plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
