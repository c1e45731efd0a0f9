/**
 * Shell completion scripts for the CLI (`av-exclusions completion bash|zsh|fish|powershell`). The scripts are static:
 * commands, options and the ids they take (products, roles, features, variables, formats) come from the bundled data
 * when the script is printed, so a newer package prints a newer script.
 *
 * @module
 */

/** Shells a completion script can be printed for. */
export const COMPLETION_SHELLS = ['bash', 'zsh', 'fish', 'powershell'] as const;

/** A shell a completion script can be printed for. */
export type CompletionShell = (typeof COMPLETION_SHELLS)[number];

/** What the values of an option are completed from. */
export type ValueSource =
  | 'product'
  | 'role'
  | 'platform'
  | 'feature'
  | 'variable'
  | 'format'
  | 'collect-format'
  | 'action'
  | 'provenance'
  | 'shell'
  | 'command'
  | 'file'
  | 'text';

/** One option of a command, and what its value is completed from (none: a flag). */
export interface CompletionOption {
  /** Long name without dashes. */
  name: string;
  /** Where its values come from; absent for a flag. */
  values?: ValueSource;
}

/** Everything a completion script completes. */
export interface CompletionModel {
  /** Commands, with their options and what their first positional argument is completed from. */
  commands: Record<string, { options: CompletionOption[]; positional?: ValueSource }>;
  /** The words of each value source (`file` and `text` complete nothing of their own). */
  values: Partial<Record<ValueSource, readonly string[]>>;
}

const NAME = 'av-exclusions';
const FUNCTION = '_av_exclusions';

function words(model: CompletionModel, source: ValueSource | undefined): string[] {
  if (!source) return [];
  const list = model.values[source] ?? [];
  return source === 'variable' ? list.map((v) => `${v}=`) : [...list];
}

/** Only ids and option names reach a script; anything else would be a bug in the model, so it is refused loudly. */
function safe(word: string): string {
  if (!/^[A-Za-z0-9_./=-]+$/.test(word)) throw new Error(`completion word ${JSON.stringify(word)} holds characters no id has`);
  return word;
}

function list(items: readonly string[]): string {
  return items.map(safe).join(' ');
}

function bash(model: CompletionModel): string {
  const commands = Object.keys(model.commands);
  const cases = Object.entries(model.commands).map(([command, spec]) => {
    const optionCases = spec.options
      .filter((o) => o.values)
      .map((o) =>
        o.values === 'file'
          ? `        --${o.name}) COMPREPLY=($(compgen -f -- "$cur")); return ;;`
          : `        --${o.name}) COMPREPLY=($(compgen -W "${list(words(model, o.values))}" -- "$cur")); return ;;`,
      );
    return [
      `    ${safe(command)})`,
      '      case "$prev" in',
      ...optionCases,
      '      esac',
      '      if [[ "$cur" == -* ]]; then',
      `        COMPREPLY=($(compgen -W "${list(['--help', ...spec.options.map((o) => `--${o.name}`)])}" -- "$cur"))`,
      `      elif [[ $positionals -eq 0 ]]; then`,
      `        COMPREPLY=($(compgen -W "${list(words(model, spec.positional))}" -- "$cur"))`,
      '      fi',
      '      ;;',
    ].join('\n');
  });
  return `# bash completion for ${NAME}: source this file, or save it as /etc/bash_completion.d/${NAME}
${FUNCTION}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" command="" positionals=0 i
  COMPREPLY=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    local word="\${COMP_WORDS[i]}"
    if [[ -z "$command" ]]; then
      [[ "$word" != -* ]] && command="$word"
    elif [[ "$word" != -* && "\${COMP_WORDS[i-1]}" != --* ]]; then
      positionals=$((positionals + 1))
    fi
  done
  if [[ -z "$command" ]]; then
    COMPREPLY=($(compgen -W "${list([...commands, '--help', '--version'])}" -- "$cur"))
    return
  fi
  case "$command" in
${cases.join('\n')}
  esac
}
complete -o default -F ${FUNCTION} ${NAME}
`;
}

function zsh(model: CompletionModel): string {
  return `#compdef ${NAME}
# zsh completion for ${NAME}: save as _${NAME} in a folder of $fpath, or source it after compinit.
autoload -U +X bashcompinit && bashcompinit
${bash(model).replace(/^# bash completion.*\n/, '')}`;
}

function fish(model: CompletionModel): string {
  const lines = [`# fish completion for ${NAME}: save as ~/.config/fish/completions/${NAME}.fish`, `complete -c ${NAME} -f`];
  const commands = Object.keys(model.commands);
  lines.push(`complete -c ${NAME} -n '__fish_use_subcommand' -a '${list(commands)}'`);
  for (const [command, spec] of Object.entries(model.commands)) {
    const when = `__fish_seen_subcommand_from ${safe(command)}`;
    if (spec.positional) lines.push(`complete -c ${NAME} -n '${when}' -a '${list(words(model, spec.positional))}'`);
    for (const option of spec.options) {
      const choices = words(model, option.values);
      const values = option.values === 'file' ? ' -F -r' : !option.values ? '' : choices.length ? ` -x -a '${list(choices)}'` : ' -x';
      lines.push(`complete -c ${NAME} -n '${when}' -l ${safe(option.name)}${values}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function powershell(model: CompletionModel): string {
  const table = Object.entries(model.commands)
    .map(([command, spec]) => {
      const options = spec.options.map(
        (o) =>
          `'--${safe(o.name)}' = @(${words(model, o.values)
            .map((w) => `'${safe(w)}'`)
            .join(', ')})`,
      );
      const positional = words(model, spec.positional)
        .map((w) => `'${safe(w)}'`)
        .join(', ');
      return `  '${safe(command)}' = @{ Positional = @(${positional}); Options = @{ ${options.join('; ')} } }`;
    })
    .join('\n');
  return `# PowerShell completion for ${NAME}: add this to your $PROFILE
$avExclusionsCommands = @{
${table}
}
Register-ArgumentCompleter -Native -CommandName '${NAME}' -ScriptBlock {
  param($wordToComplete, $commandAst, $cursorPosition)
  $words = @($commandAst.CommandElements | Select-Object -Skip 1 | ForEach-Object { $_.ToString() })
  if ($wordToComplete -ne '' -and $words.Count -gt 0) { $words = @($words | Select-Object -SkipLast 1) }
  $command = $words | Where-Object { $_ -notlike '-*' } | Select-Object -First 1
  $candidates = @()
  if (-not $command) {
    $candidates = @($avExclusionsCommands.Keys) + @('--help', '--version')
  } else {
    $spec = $avExclusionsCommands[$command]
    $previous = if ($words.Count -gt 0) { $words[-1] } else { '' }
    if ($spec -and $spec.Options.ContainsKey($previous) -and $spec.Options[$previous].Count -gt 0) {
      $candidates = $spec.Options[$previous]
    } elseif ($spec -and $wordToComplete -like '-*') {
      $candidates = @($spec.Options.Keys) + @('--help')
    } elseif ($spec) {
      $candidates = $spec.Positional
    }
  }
  $candidates | Where-Object { $_ -like "$wordToComplete*" } | Sort-Object | ForEach-Object {
    [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
  }
}
`;
}

/**
 * Prints the completion script for a shell.
 *
 * @param shell - the shell
 * @param model - commands, options and ids to complete
 * @returns the script
 * @example
 * ```ts
 * const script = completionScript('fish', { commands: { list: { options: [], positional: 'product' } }, values: { product: ['sep-sesam'] } });
 * script.includes("-a 'sep-sesam'"); // true
 * ```
 */
export function completionScript(shell: CompletionShell, model: CompletionModel): string {
  switch (shell) {
    case 'bash':
      return bash(model);
    case 'zsh':
      return zsh(model);
    case 'fish':
      return fish(model);
    case 'powershell':
      return powershell(model);
  }
}
