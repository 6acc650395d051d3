# bash completion for brief and brief-import
_brief()
{
	local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
	case $prev in
	--db) COMPREPLY=($(compgen -f -- "$cur")); return ;;
	--theme) COMPREPLY=($(compgen -W "default light mono high-contrast" -- "$cur")); return ;;
	--format) COMPREPLY=($(compgen -W "json markdown" -- "$cur")); return ;;
	--script) COMPREPLY=($(compgen -f -- "$cur")); return ;;
	esac
	COMPREPLY=($(compgen -W "list actors timeline threads export reader --db --theme --format --actor --unread --script --no-display --help --version" -- "$cur"))
}
_brief_import()
{
	local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
	case $prev in
	--db) COMPREPLY=($(compgen -f -- "$cur")); return ;;
	-j|--jobs|--date) return ;;
	esac
	if [[ $cur == -* ]]; then
		COMPREPLY=($(compgen -W "--db --date --jobs --quiet --reextract --help --version" -- "$cur"))
	else
		COMPREPLY=($(compgen -f -- "$cur"))
	fi
}
complete -F _brief brief
complete -F _brief_import brief-import
