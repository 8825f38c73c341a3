package cli

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// flagError quotes what was typed in pflag's errors that echo it bare (an
// unknown flag, bad flag syntax): quoted, it reads as typed, a control
// character in it shows as an escape (\x1b) instead of acting on the
// terminal, and a non-ASCII shorthand is named whole, not by its first
// byte.
func flagError(_ *cobra.Command, err error) error {
	var missing *pflag.NotExistError
	var syntax *pflag.InvalidSyntaxError
	switch {
	case errors.As(err, &missing) && missing.GetSpecifiedShortnames() != "":
		typed := missing.GetSpecifiedShortnames()
		r, _ := utf8.DecodeRuneInString(typed)
		return fmt.Errorf("unknown flag %q in %q", "-"+string(r), "-"+typed)
	case errors.As(err, &missing):
		return fmt.Errorf("unknown flag %q", "--"+missing.GetSpecifiedName())
	case errors.As(err, &syntax):
		return fmt.Errorf("bad flag syntax: %q", syntax.GetSpecifiedFlag())
	}
	return err
}
